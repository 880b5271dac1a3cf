// Placeholder: replaced by the gazetteer build.
