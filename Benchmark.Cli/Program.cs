return Benchmark.Cli.BenchmarkApp.Run(args);
