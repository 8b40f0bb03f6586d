namespace Intake.Benchmarks.Serving;

/// <summary>
/// The child-process side: <c>--serve intake|echo|connector [--store memory|sqlite]</c> starts one
/// server, prints <c>@bench ready {url} {info}</c>, then answers one command per stdin line
/// (<c>stats</c>, <c>state …</c>, <c>dump …</c>) with one <c>@bench</c> line, until <c>quit</c> or EOF.
/// The host's counters are then its own: the load driver runs in another process.
/// </summary>
internal static class ServeCommand
{
    public const string Prefix = "@bench ";

    public static async Task<int> RunAsync(string[] args)
    {
        var kind = args.Length > 1 ? args[1] : "";
        var store = args is [_, _, "--store", var s] ? s : "memory";
        await using IBenchServer server = kind switch
        {
            "intake" => IntakeServer.Start(store),
            "echo" => await EchoServer.StartAsync(),
            "connector" => await ConnectorServer.StartAsync(),
            _ => throw new ArgumentException($"unknown server '{kind}'", nameof(args)),
        };
        Answer($"ready {server.Address} {server.Info}");
        while (await Console.In.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (command is ["quit"])
            {
                break;
            }

            var answer = command is ["stats"]
                ? ProcessCounters.Snapshot()
                : await server.HandleAsync(command) ?? $"error unknown command '{line}'";
            Answer(answer);
        }

        Answer("bye");
        return 0;
    }

    private static void Answer(string text)
    {
        // One write per line, so a log line from the console logger cannot split it.
        Console.Out.Write(Prefix + text + "\n");
        Console.Out.Flush();
    }
}
