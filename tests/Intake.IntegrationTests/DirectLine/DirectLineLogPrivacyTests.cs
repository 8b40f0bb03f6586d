using Intake.IntegrationTests.EndToEnd;
using Intake.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>An intake over the embedded Direct Line logs no answer, no care level and no token (everything logged, at Trace, is searched).</summary>
public sealed class DirectLineLogPrivacyTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private IntakeHost _host = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" }, services => services.AddSingleton<ILoggerProvider>(_logs));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FullIntake_OverDirectLine_LogsNoAnswerCareLevelOrToken()
    {
        var client = new DirectLineClient(_host.Client);
        var (token, conversationId, _) = await client.StartAsync();

        foreach (var text in IntakeScript.Typed.Append("yes"))
        {
            await client.SayAsync(conversationId, token, text);
        }

        var (activities, _) = await client.ActivitiesAsync(conversationId, token);
        Assert.Contains(activities, a => a.TryGetProperty("channelData", out var d) && d.TryGetProperty("intake", out var i) && i.TryGetProperty("careLevel", out _));
        var lines = _logs.Lines.ToList();
        Assert.NotEmpty(lines);
        foreach (var phrase in IntakeScript.Typed.Where(p => p.Length > 4).Concat(IntakeScript.Shown).Concat(["urgent", token, token[^20..]]))
        {
            Assert.DoesNotContain(lines, l => l.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        }
    }
}
