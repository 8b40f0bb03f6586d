using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.EndToEnd;

/// <summary>With <c>Intake:BookingUrl</c> set, the result's clinic card offers booking beside the call.</summary>
public sealed class BookingLinkTests : IAsyncLifetime
{
    private IntakeHost _host = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start(new Dictionary<string, string?> { ["Intake:BookingUrl"] = "https://clinic.example/book" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Result_BookingConfigured_CardHasCallThenBookingLink()
    {
        var client = new BotClient(_host.Client, channelId: "webchat");

        var result = await IntakeScript.CompleteAsync(client);

        var card = result.Single(r => r.Attachments is { Count: > 0 }).Attachments![0].Content!.Value;
        var urls = card.GetProperty("actions").EnumerateArray().Where(a => a.TryGetProperty("url", out _)).Select(a => a.GetProperty("url").GetString()).ToList();
        Assert.Equal(["tel:+17033548111", "https://clinic.example/book"], urls);
    }

    [Fact]
    public void Start_BookingUrlNotHttps_HostRefusesToStart()
    {
        var error = Record.Exception(() => IntakeHost.Start(new Dictionary<string, string?> { ["Intake:BookingUrl"] = "http://clinic.example/book" }));

        Assert.NotNull(error);
        Assert.Contains("Intake:BookingUrl", error.ToString(), StringComparison.Ordinal);
    }
}
