using Intake.Benchmarks.Serving;

namespace Intake.Benchmarks;

/// <summary>Entry point: the driver (default) or one of its child servers (<c>--serve</c>).</summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--serve", ..])
        {
            return await ServeCommand.RunAsync(args);
        }

        if (args is ["--turns", ..])
        {
            return await Profiling.TurnProfiler.RunAsync(args is [_, var c] && int.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out var conversations) ? conversations : 10_000);
        }

        if (args is ["--profile", ..])
        {
            return await Profiling.StageProfiler.RunAsync(args is [_, var n] && int.TryParse(n, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : 20_000);
        }

        var (options, error) = BenchmarkOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(BenchmarkOptions.Usage);
            return 2;
        }

        return await BenchmarkRunner.RunAsync(options);
    }
}
