using System.Globalization;
using Intake.Schema;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Intake.Benchmarks.Serving;

/// <summary>
/// A local channel connector: accepts <c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>,
/// checks the activity matches its URL, answers <c>{"id":"..."}</c> and remembers which
/// (conversation, replyToId) pairs it received, for the driver to check.
/// </summary>
internal sealed class ConnectorServer(WebApplication app, ConnectorLedger ledger) : IBenchServer
{
    public Uri Address { get; } = new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public string Info { get; } = $"connector, {ProcessCounters.GcMode}";

    public static async Task<ConnectorServer> StartAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        var ledger = new ConnectorLedger();
        var app = builder.Build();
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (HttpContext http, string conversationId, string replyToId) => ReceiveAsync(http, ledger, conversationId, replyToId));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) => ReceiveAsync(http, ledger, conversationId, null));
        await app.StartAsync();
        return new ConnectorServer(app, ledger);
    }

    public async ValueTask<string?> HandleAsync(string[] command)
    {
        // dump <file> → writes "conversationId<TAB>replyToId" lines; answers "<pairs> <invalid>"
        if (command is not ["dump", var file])
        {
            return null;
        }

        await File.WriteAllLinesAsync(file, ledger.Pairs.Keys);
        return string.Create(CultureInfo.InvariantCulture, $"{ledger.Pairs.Count} {ledger.Invalid}");
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static async Task<IResult> ReceiveAsync(HttpContext http, ConnectorLedger ledger, string conversationId, string? replyToId)
    {
        Activity? activity;
        try
        {
            activity = await http.Request.ReadFromJsonAsync(SchemaJsonContext.Default.Activity, http.RequestAborted);
        }
        catch (System.Text.Json.JsonException)
        {
            activity = null;
        }

        var matches = activity is not null
            && string.Equals(activity.Conversation?.Id, conversationId, StringComparison.Ordinal)
            && string.Equals(activity.ReplyToId, replyToId, StringComparison.Ordinal);
        if (!matches)
        {
            ledger.CountInvalid();
            return TypedResults.BadRequest();
        }

        ledger.Pairs.AddOrUpdate($"{conversationId}\t{replyToId}", 1, (_, n) => n + 1);
        return TypedResults.Json(new ResourceResponse(ledger.NextId()), SchemaJsonContext.Default.ResourceResponse);
    }
}
