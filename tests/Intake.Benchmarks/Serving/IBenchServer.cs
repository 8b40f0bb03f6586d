namespace Intake.Benchmarks.Serving;

/// <summary>A server the driver starts in a child process and talks to over stdin/stdout.</summary>
internal interface IBenchServer : IAsyncDisposable
{
    /// <summary>The loopback address it listens on.</summary>
    Uri Address { get; }

    /// <summary>What the report should know about it (store in effect, GC mode).</summary>
    string Info { get; }

    /// <summary>Answers a server-specific command (<c>state</c>, <c>dump</c>); null when unknown.</summary>
    ValueTask<string?> HandleAsync(string[] command);
}
