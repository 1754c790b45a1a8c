using BenchmarkDotNet.Running;
using PcnFlow.Benchmarks.SixStep;

if (args is ["cpu"])
    SixStepCpuTime.Report(Console.Out);
else
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
