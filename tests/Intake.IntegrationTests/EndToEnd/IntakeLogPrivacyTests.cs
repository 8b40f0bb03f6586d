using Intake.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.IntegrationTests.EndToEnd;

/// <summary>Health information stays out of logs: everything a full intake logs is captured and searched.</summary>
public sealed class IntakeLogPrivacyTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private IntakeHost _host = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start(
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            services => services.AddSingleton<ILoggerProvider>(_logs));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FullIntake_AllLogOutput_HasNoAnswerTextOrTypedPhrase()
    {
        var client = new BotClient(_host.Client);

        var result = await IntakeScript.CompleteAsync(client);
        await client.SayAsync("I can't breathe and my chest hurts");

        Assert.Contains(result, r => r.Text?.StartsWith("Please call the clinic or a doctor today", StringComparison.Ordinal) == true);
        var lines = _logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains(client.ConversationId, StringComparison.Ordinal));
        foreach (var phrase in IntakeScript.Typed.Where(p => p.Length > 4).Concat(IntakeScript.Shown).Append("chest hurts"))
        {
            Assert.DoesNotContain(lines, l => l.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task FullIntake_AllLogOutput_HasNoCareLevelRuleIdStepOrEmergency()
    {
        var client = new BotClient(_host.Client);

        var result = await IntakeScript.CompleteAsync(client);
        await client.SayAsync("I can't breathe and my chest hurts");

        var stamp = result.Select(r => r.ChannelData).OfType<System.Text.Json.JsonElement>()
            .Select(c => c.TryGetProperty("intake", out var intake) && intake.TryGetProperty("ruleIds", out var ids) ? ids : default)
            .First(ids => ids.ValueKind == System.Text.Json.JsonValueKind.Array);
        var forbidden = stamp.EnumerateArray().Select(id => id.GetString()!).Concat(["urgent", "emergency", "self-care", "redflags", "intensity"]).ToList();
        Assert.NotEmpty(forbidden);
        var lines = _logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains(client.ConversationId, StringComparison.Ordinal));
        foreach (var word in forbidden)
        {
            Assert.DoesNotContain(lines, l => l.Contains(word, StringComparison.OrdinalIgnoreCase));
        }
    }
}
