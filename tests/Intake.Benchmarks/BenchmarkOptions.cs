using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>The command line of the driver (see README "Performance").</summary>
internal sealed record BenchmarkOptions
{
    public bool Quick { get; init; }

    public int Conversations { get; init; } = 3000;

    public int Concurrency { get; init; } = 32;

    public IReadOnlyList<string> Stores { get; init; } = ["memory", "sqlite"];

    /// <summary>Delivery modes: <c>/api/messages</c> expectReplies and normal, and the page's Direct Line WebSocket (memory store only).</summary>
    public IReadOnlyList<string> Deliveries { get; init; } = AllDeliveries;

    public static readonly IReadOnlyList<string> AllDeliveries = ["expectReplies", "normal", "directline"];

    public string? OutFile { get; init; }

    /// <summary>Whole intakes one returning patient completes per store, for the record index's cost (quick: 33, past the first full page).</summary>
    public int PatientIntakes { get; init; } = 300;

    /// <summary>Conversations run against each target before measuring (not counted).</summary>
    public int WarmupConversations => Quick ? Concurrency : Math.Max(Concurrency * 4, Conversations / 5);

    /// <summary>
    /// Warm-up batches repeat for at least this long per mode, then until the JIT has settled in the servers and the driver (a batch
    /// compiles at most <see cref="SettledJitMethods"/> methods), up to <see cref="WarmupLimit"/>: tier-1 code
    /// (with dynamic PGO) arrives late on a busy 2-core machine, and a half-warm target measures the JIT. At a
    /// fixed 12 s, `perf` found the tiered-compilation thread still taking a quarter of the Intake host's CPU.
    /// </summary>
    public TimeSpan WarmupTime => Quick ? TimeSpan.Zero : TimeSpan.FromSeconds(12);

    /// <summary>The most the warm-up waits for the JIT to settle, per mode.</summary>
    public TimeSpan WarmupLimit => Quick ? TimeSpan.Zero : TimeSpan.FromSeconds(60);

    /// <summary>Methods the JIT may compile in one warm-up batch with the code counted as settled (it falls from hundreds to a handful at once).</summary>
    public const int SettledJitMethods = 20;

    public const string Usage = "usage: Intake.Benchmarks [--quick] [--conversations N] [--concurrency C] [--mode memory|sqlite|all] [--delivery expectReplies|normal|directline|all] [--patient-intakes N] [--out FILE]\n       Intake.Benchmarks --profile [CALLS]   (where a turn's time and allocations go, stage by stage)";

    /// <summary>Parses the arguments; returns null and an error sentence when they are wrong.</summary>
    public static (BenchmarkOptions? Options, string? Error) Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        var conversationsSet = false;
        var patientIntakesSet = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--quick":
                    options = options with { Quick = true };
                    continue;
                case "--conversations" when PositiveInt(value) is { } n:
                    options = options with { Conversations = n };
                    conversationsSet = true;
                    break;
                case "--concurrency" when PositiveInt(value) is { } c:
                    options = options with { Concurrency = c };
                    break;
                case "--mode" when value is "memory" or "sqlite" or "all":
                    options = options with { Stores = value == "all" ? ["memory", "sqlite"] : [value] };
                    break;
                case "--delivery" when value is "expectReplies" or "normal" or "directline" or "all":
                    options = options with { Deliveries = value == "all" ? AllDeliveries : [value] };
                    break;
                case "--patient-intakes" when PositiveInt(value) is { } p:
                    options = options with { PatientIntakes = p };
                    patientIntakesSet = true;
                    break;
                case "--out" when !string.IsNullOrWhiteSpace(value):
                    options = options with { OutFile = Path.GetFullPath(value) };
                    break;
                default:
                    return (null, $"unknown or incomplete argument '{args[i]}'");
            }

            i++;
        }

        if (options.Quick && !conversationsSet)
        {
            options = options with { Conversations = Math.Max(2 * options.Concurrency, 64) };
        }

        if (options.Quick && !patientIntakesSet)
        {
            options = options with { PatientIntakes = QuickPatientIntakes };
        }

        return (options, null);
    }

    /// <summary>Quick mode's returning patient: one intake past the index's first full page (it is closed, a new one begun).</summary>
    public const int QuickPatientIntakes = Dialogs.Records.RecordIndex.PageSize + 1;

    private static int? PositiveInt(string? value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
