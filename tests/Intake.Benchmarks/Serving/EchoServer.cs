using Intake.Schema;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Intake.Benchmarks.Serving;

/// <summary>
/// The floor: a bare minimal-API <c>POST /api/messages</c> that parses the activity with the same
/// source-generated JSON and answers with one addressed reply, inline (expectReplies) or POSTed to
/// the activity's serviceUrl like Intake's normal delivery. No auth, state, middleware or bot.
/// </summary>
internal sealed class EchoServer(WebApplication app) : IBenchServer
{
    public Uri Address { get; } = new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public string Info { get; } = $"minimal API, {ProcessCounters.GcMode}, log level Warning";

    public static async Task<EchoServer> StartAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Services.AddSingleton(new HttpClient(new SocketsHttpHandler { UseCookies = false }));
        var app = builder.Build();
        app.MapPost("/api/messages", EchoAsync);
        await app.StartAsync();
        return new EchoServer(app);
    }

    public ValueTask<string?> HandleAsync(string[] command) => ValueTask.FromResult<string?>(null);

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static async Task<IResult> EchoAsync(HttpContext http, HttpClient connector)
    {
        var activity = await http.Request.ReadFromJsonAsync(SchemaJsonContext.Default.Activity, http.RequestAborted);
        if (activity?.Conversation?.Id is not { } conversationId)
        {
            return TypedResults.BadRequest();
        }

        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "echo",
            From = activity.Recipient,
            Recipient = activity.From,
            Conversation = new ConversationAccount { Id = conversationId },
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
            ReplyToId = activity.Id,
            Timestamp = DateTimeOffset.UtcNow,
        };
        if (string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            return TypedResults.Json(new ExpectedReplies([reply]), SchemaJsonContext.Default.ExpectedReplies);
        }

        var uri = new Uri($"{reply.ServiceUrl!.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(reply.ReplyToId ?? string.Empty)}");
        using var response = await connector.PostAsJsonAsync(uri, reply, SchemaJsonContext.Default.Activity, http.RequestAborted);
        return response.IsSuccessStatusCode ? TypedResults.Ok() : TypedResults.StatusCode(StatusCodes.Status502BadGateway);
    }
}
