namespace Intake.Benchmarks.Driving;

/// <summary>Plays scripted conversations against one target: over <c>/api/messages</c> (<see cref="LoadDriver"/>) or Direct Line (<see cref="DirectLineDriver"/>).</summary>
internal interface ILoadDriver
{
    Task<LoadResult> RunAsync(string runId, int conversations, int concurrency);
}
