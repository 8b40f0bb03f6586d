using System.Diagnostics;
using System.Threading.Channels;
using Intake.Benchmarks.Serving;

namespace Intake.Benchmarks.Driving;

/// <summary>
/// A server running in its own process (this program with <c>--serve</c>): start it, send it
/// one-line commands, read its counters. Its other output (warnings) is passed to stderr and counted.
/// </summary>
internal sealed class ChildServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _answers = Channel.CreateUnbounded<string>();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _name;
    private int _logLines;

    private ChildServer(Process process, string name)
    {
        _process = process;
        _name = name;
    }

    public Uri Address { get; private set; } = null!;

    public string Info { get; private set; } = "";

    /// <summary>Lines the child wrote besides its answers (log output at Warning and above).</summary>
    public int LogLines => Volatile.Read(ref _logLines);

    public static async Task<ChildServer> StartAsync(string name, params string[] serveArgs)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var self = Environment.ProcessPath!;
        if (string.Equals(Path.GetFileNameWithoutExtension(self), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ChildServer).Assembly.Location);
        }

        start.FileName = self;
        start.ArgumentList.Add("--serve");
        foreach (var arg in serveArgs)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start the {name} server");
        var child = new ChildServer(process, name);
        _ = child.PumpAsync(process.StandardOutput, answers: true);
        _ = child.PumpAsync(process.StandardError, answers: false);
        var ready = (await child.NextAnswerAsync(TimeSpan.FromSeconds(90))).Split(' ', 3);
        if (ready is not ["ready", var url, var info])
        {
            throw new InvalidOperationException($"the {name} server did not start: {string.Join(' ', ready)}");
        }

        child.Address = new Uri(url);
        child.Info = info;
        return child;
    }

    /// <summary>Sends one command and returns the child's answer (without the prefix).</summary>
    public async Task<string> CommandAsync(string command)
    {
        await _gate.WaitAsync();
        try
        {
            await _process.StandardInput.WriteLineAsync(command);
            await _process.StandardInput.FlushAsync();
            return await NextAnswerAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<HostCounters> CountersAsync() => HostCounters.Parse(await CommandAsync("stats"));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.StandardInput.WriteLineAsync("quit");
            await _process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _gate.Dispose();
    }

    private async Task<string> NextAnswerAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            return await _answers.Reader.ReadAsync(cancel.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            throw new InvalidOperationException($"the {_name} server gave no answer (exited: {_process.HasExited})", ex);
        }
    }

    private async Task PumpAsync(StreamReader reader, bool answers)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (answers && line.StartsWith(ServeCommand.Prefix, StringComparison.Ordinal))
            {
                _answers.Writer.TryWrite(line[ServeCommand.Prefix.Length..]);
                continue;
            }

            Interlocked.Increment(ref _logLines);
            await Console.Error.WriteLineAsync($"[{_name}] {line}");
        }

        if (answers)
        {
            _answers.Writer.TryComplete();
        }
    }
}
