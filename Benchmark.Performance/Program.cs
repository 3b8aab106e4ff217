using BenchmarkDotNet.Running;
using Benchmark.Performance;

if (args.Length > 0 && args[0] == "phases")
{
    PhaseProfile.Run(args[1], args.Length > 2 ? args[2] : null, args.Length > 3 ? args[3] : null, Console.Out);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(JobInputs).Assembly).Run(args);
return 0;
