namespace Intake.IntegrationTests.Auth;

/// <summary>One issuer and one host with an App ID, shared by a test class.</summary>
public sealed class AuthHostFixture : IAsyncLifetime
{
    public AuthHost Auth { get; private set; } = null!;

    public async Task InitializeAsync() => Auth = await AuthHost.StartAsync();

    public async Task DisposeAsync() => await Auth.DisposeAsync();
}
