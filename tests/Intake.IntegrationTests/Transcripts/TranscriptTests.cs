using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.Transcripts;

public sealed class TranscriptTests : IAsyncLifetime
{
    private IntakeHost _host = null!;

    public static TheoryData<string> Files => TranscriptFile.All();

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Transcript_PlayedAgainstTheHost_BotAnswersAsWritten(string file)
        => await TranscriptRunner.RunAsync(TranscriptFile.Load(file), _host.Client);

    [Fact]
    public void Transcripts_Folder_HasTheRequiredConversations()
        => Assert.Subset(
            TranscriptFile.Names().ToHashSet(StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal)
            {
                "consent-yes-to-location.transcript", "consent-no.transcript", "help-and-cancel.transcript",
                "spanish-opening.transcript", "emergency-by-button.transcript", "emergency-by-typing.transcript",
            });
}
