using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.Storage.Servers;

/// <summary>A machine without a server binary fails the store tests with what to install, never skips them.</summary>
public sealed class LoopbackServersTests
{
    [Fact]
    public void Binary_Missing_FailsSayingWhatToInstall()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LoopbackServers.Binary("apt-get install -y redis-server", "/nonexistent/redis-server"));

        Assert.Equal("redis-server is not installed: apt-get install -y redis-server (tests/run-all.sh does it).", error.Message);
    }

    [Fact]
    public void NewPassword_EachCall_IsFreshAndLong()
    {
        Assert.NotEqual(LoopbackServers.NewPassword(), LoopbackServers.NewPassword());
        Assert.True(LoopbackServers.NewPassword().Length >= 32);
    }
}
