namespace Intake.Benchmarks.Reporting;

/// <summary>Serialized state read back from the host's IStorage for a sample of conversations.</summary>
internal sealed record StateSize(int Sampled, double MeanConversationBytes, int MaxConversationBytes, double MeanUserBytes);
