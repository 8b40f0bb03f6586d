namespace Intake.Dialogs.Recognizers;

/// <summary>The units of time people name; the values are their length in seconds.</summary>
internal enum TimeUnit : long
{
    Second = 1,
    Minute = 60,
    Hour = 3_600,
    Day = 86_400,
    Week = 604_800,
    Month = 2_592_000,
    Year = 31_536_000,
}
