#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (built to dist/cli).
import '../dist/cli/index.js';
