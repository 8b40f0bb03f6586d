using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>DirectLine:Mode Azure: the page's token comes from Azure's Direct Line (a stand-in on loopback), server-side.</summary>
public sealed class DirectLineAzureModeTests
{
    private const string Secret = "azure-directline-secret-for-tests";

    [Fact]
    public async Task PageToken_AzureMode_ComesFromAzureWithTheSecretKeptOnTheServer()
    {
        await using var azure = await AzureStandIn.StartAsync(Secret);
        await using var host = IntakeHost.Start(Settings(azure.Endpoint, Secret));

        using var response = await host.Client.PostAsJsonAsync("/api/directline/token", new { locale = "en-US" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var embedded = await host.Client.PostAsync("/v3/directline/conversations", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("azure-token", body.GetProperty("token").GetString());
        Assert.Equal(azure.Endpoint.ToString(), body.GetProperty("domain").GetString());
        Assert.DoesNotContain(Secret, body.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("\"dl_", Assert.Single(azure.Requests), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, embedded.StatusCode);
    }

    [Fact]
    public async Task PageToken_AzureRefusesTheSecret_Is502WithAReason()
    {
        await using var azure = await AzureStandIn.StartAsync("another-secret");
        await using var host = IntakeHost.Start(Settings(azure.Endpoint, Secret));

        using var response = await host.Client.PostAsync("/api/directline/token", null);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("DirectLine:Secret", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AzureModeWithoutSecret_ExitsNamingTheSetting()
    {
        var (exitCode, output) = await HostProcess.RunUntilExitAsync(
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Storage__Provider"] = "Memory", ["DirectLine__Mode"] = "Azure" },
            TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("DirectLine:Secret", output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(Uri endpoint, string secret)
        => new() { ["DirectLine:Mode"] = "Azure", ["DirectLine:Secret"] = secret, ["DirectLine:AzureEndpoint"] = endpoint.ToString() };
}
