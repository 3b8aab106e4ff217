// Fixtures run side by side (the tests of one fixture one after the other). Fixtures that use the process's console,
// environment variables, current directory or shared files are [NonParallelizable]: DatasetStoreLocationTests
// (BENCHMARK_DB), ScriptTests (dotnet run on the repository's scripts), StoreReliabilityTests (child processes that
// race and are killed). Everything else works in its own temporary folder and passes CliEnvironment explicitly.
[assembly: Parallelizable(ParallelScope.Fixtures)]
