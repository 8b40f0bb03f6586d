using System.Net;
using System.Text.Json;
using Intake.Benchmarks;
using Intake.Benchmarks.Driving;
using Intake.Schema;

namespace Intake.IntegrationTests.Benchmarks;

/// <summary>The benchmark's reply check: a fast wrong answer must count as an error.</summary>
public sealed class TurnCheckerTests
{
    private static readonly Activity Sent = new()
    {
        Type = ActivityTypes.Message,
        Id = "c1|0001",
        Conversation = new ConversationAccount { Id = "c1" },
        Text = "yes",
    };

    [Fact]
    public void CheckIntake_ReplyAtTheExpectedStep_Passes()
        => Assert.Null(TurnChecker.CheckIntake(Body(Reply() with { ChannelData = Intake("step", "location") }), new ScriptTurn(false, "none", ExpectStep: "location")));

    [Fact]
    public void CheckIntake_RepromptAtTheSameStep_IsAnError()
        => Assert.Contains("'location'", TurnChecker.CheckIntake(Body(Reply() with { ChannelData = Intake("step", "emergency") }), new ScriptTurn(false, "none", ExpectStep: "location")), StringComparison.Ordinal);

    [Fact]
    public void CheckIntake_WrongCareLevel_IsAnError()
        => Assert.NotNull(TurnChecker.CheckIntake(Body(Reply() with { ChannelData = Intake("careLevel", "urgent") }), new ScriptTurn(false, "yes", ExpectCareLevel: "self-care")));

    [Fact]
    public void Check_ReplyAddressedBack_Passes()
        => Assert.Null(TurnChecker.Check(HttpStatusCode.OK, Body(Reply()), Sent, expectReplies: true));

    [Fact]
    public void Check_WrongReplyToId_IsAnError()
        => Assert.Contains("replyToId", TurnChecker.Check(HttpStatusCode.OK, Body(Reply() with { ReplyToId = "c1|0000" }), Sent, expectReplies: true), StringComparison.Ordinal);

    [Fact]
    public void Check_OtherConversation_IsAnError()
        => Assert.Contains("conversation", TurnChecker.Check(HttpStatusCode.OK, Body(Reply() with { Conversation = new ConversationAccount { Id = "c2" } }), Sent, expectReplies: true), StringComparison.Ordinal);

    [Fact]
    public void Check_NoReplyToAMessage_IsAnError()
        => Assert.NotNull(TurnChecker.Check(HttpStatusCode.OK, Body(), Sent, expectReplies: true));

    [Fact]
    public void Check_NotJson_IsAnError()
        => Assert.NotNull(TurnChecker.Check(HttpStatusCode.OK, "<html>"u8.ToArray(), Sent, expectReplies: true));

    [Fact]
    public void Check_ServerError_IsAnErrorInEveryDeliveryMode()
    {
        Assert.Contains("5xx", TurnChecker.Check(HttpStatusCode.InternalServerError, [], Sent, expectReplies: false), StringComparison.Ordinal);
        Assert.Contains("5xx", TurnChecker.Check(HttpStatusCode.BadGateway, Body(Reply()), Sent, expectReplies: true), StringComparison.Ordinal);
    }

    private static Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        Conversation = new ConversationAccount { Id = "c1" },
        ReplyToId = "c1|0001",
        Text = "ok",
    };

    private static byte[] Body(params Activity[] replies)
        => JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies(replies), SchemaJsonContext.Default.ExpectedReplies);

    private static JsonElement Intake(string property, string value)
        => JsonSerializer.SerializeToElement(new Dictionary<string, Dictionary<string, string>> { ["intake"] = new() { [property] = value } });
}
