using Tessera.EndToEndTests;

// One app, one browser and one database for the whole run. Journeys run one at a time (xunit.runner.json).
[assembly: AssemblyFixture(typeof(TesseraApp))]
