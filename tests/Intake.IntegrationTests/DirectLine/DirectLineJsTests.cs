using System.Diagnostics;
using System.Text.Json;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>
/// The real client: botframework-directlinejs 0.15.8 in Node (DirectLine/Node, installed by tests/run-all.sh) completes the
/// intake over the WebSocket and over polling, checking each echo, exactly-once delivery across a reconnect from the
/// watermark, and a token refresh (Node/intake-client.js).
/// </summary>
public sealed class DirectLineJsTests : IAsyncLifetime
{
    private IntakeHost _host = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task DirectLineJs_CompletesTheIntake_WithEchoesReconnectAndRefresh(string transport)
    {
        var (exitCode, output, errors) = await RunNodeAsync(_host.BaseAddress.ToString().TrimEnd('/'), transport);

        Assert.True(exitCode == 0, $"intake-client.js exited {exitCode}: {errors}");
        var summary = JsonDocument.Parse(output).RootElement;
        Assert.Equal(14, summary.GetProperty("echoes").GetInt32());
        Assert.True(summary.GetProperty("reconnectedAt").GetInt32() > 0);
        Assert.True(summary.GetProperty("refreshed").GetBoolean());
        Assert.Equal("urgent", summary.GetProperty("careLevel").GetString());
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunNodeAsync(string baseUrl, string transport)
    {
        var folder = NodeFolder();
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "botframework-directlinejs")), $"botframework-directlinejs is not installed: run 'npm ci' in {folder} (tests/run-all.sh does)");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("intake-client.js");
        start.ArgumentList.Add(baseUrl);
        start.ArgumentList.Add(transport);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, (await output).Trim(), await errors);
    }

    private static string NodeFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Intake.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "tests", "Intake.IntegrationTests", "DirectLine", "Node");
    }
}
