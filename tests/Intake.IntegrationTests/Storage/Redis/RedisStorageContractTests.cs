using Intake.Bots.State;
using Intake.IntegrationTests.Storage.Servers;
using Intake.Storage.Redis;
using Intake.UnitTests.Storage;

namespace Intake.IntegrationTests.Storage.Redis;

/// <summary>The contract suite on a real redis-server; each test has a key prefix of its own.</summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisStorageContractTests(RedisFixture redis) : StorageContractTests
{
    protected override IStorage Store { get; } = new RedisStorage(redis.Connection, TimeSpan.FromDays(1), $"test-{Guid.NewGuid():N}:");
}
