using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.Transcripts;

public sealed class TranscriptTests : IAsyncLifetime
{
    private IntakeHost _host = null!;

    public static IEnumerable<object[]> Files => TranscriptFile.All();

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
        => Assert.True(Files.Count() >= 7);
}
