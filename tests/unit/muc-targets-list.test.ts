
describe('a name that qualifies a thing is no target in its place', () => {
  it('a hospital named before an ambulance: the ambulance is the thing hit', () => {
    expect(targets('Guerrillas burned a Balboa Hospital ambulance in Popayan on Monday.')).toEqual(['a balboa hospital ambulance']);
  });
});
