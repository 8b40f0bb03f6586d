using System.ComponentModel.DataAnnotations;
using Intake.Dialogs;

namespace Intake.UnitTests.Dialogs;

/// <summary>Wrong clinic settings are refused at start-up with a sentence naming the setting.</summary>
public sealed class IntakeOptionsTests
{
    private static List<string> Errors(IntakeOptions options)
        => [.. options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage!)];

    [Fact]
    public void Validate_GoodSites_NoError()
        => Assert.Empty(Errors(new IntakeOptions { Sites = [new ClinicSite { Name = "Falls Church", Phone = "+17033548111", BookingUrl = new Uri("https://clinic.example/b") }] }));

    [Theory]
    [InlineData("", "+17033548111", "Intake:Sites:0:Name is required.")]
    [InlineData("Falls Church", "703-354-8111", "Intake:Sites:0:Phone must be 7 to 15 digits")]
    [InlineData("Falls Church", "", "Intake:Sites:0:Phone is required.")]
    public void Validate_BadSite_NamesTheSettingAndWhy(string name, string phone, string error)
        => Assert.Contains(Errors(new IntakeOptions { Sites = [new ClinicSite { Name = name, Phone = phone }] }), e => e.StartsWith(error, StringComparison.Ordinal));

    [Fact]
    public void Validate_SiteBookingNotHttps_NamesIt()
        => Assert.Equal(
            ["Intake:Sites:0:BookingUrl must be an absolute https:// address."],
            Errors(new IntakeOptions { Sites = [new ClinicSite { Name = "A", Phone = "+17033548111", BookingUrl = new Uri("http://clinic.example/b") }] }));

    [Fact]
    public void Validate_TooManySites_SaysTheLimit()
        => Assert.Contains(
            Errors(new IntakeOptions { Sites = [.. Enumerable.Range(0, 6).Select(i => new ClinicSite { Name = $"S{i}", Phone = "+17033548111" })] }),
            e => e.Contains("at most 5", StringComparison.Ordinal));

    [Theory]
    [InlineData("+17033548111", null, "(703) 354-8111")]
    [InlineData("+34910000000", null, "+34910000000")]
    [InlineData("+34910000000", "910 00 00 00", "910 00 00 00")]
    public void Display_Number_IsWrittenForPeople(string phone, string? display, string expected)
        => Assert.Equal(expected, new ClinicSite { Name = "A", Phone = phone, PhoneDisplay = display }.Display);
}
