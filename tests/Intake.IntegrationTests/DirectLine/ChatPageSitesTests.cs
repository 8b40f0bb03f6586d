using System.Net;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>
/// The page at <c>/</c> names the clinic's sites from <c>Intake:Sites</c>, the settings the result's card uses: the first
/// site in the header with its call link, every site with its number, address, hours and booking link below the chat,
/// each value HTML-escaped.
/// </summary>
public sealed class ChatPageSitesTests
{
    private const string HostileName = "Falls <script>alert(1)</script> & \"Church\" <img src=x onerror=alert(2)>";

    private static readonly Dictionary<string, string?> TwoSites = new()
    {
        ["Intake:Sites:0:Name"] = HostileName,
        ["Intake:Sites:0:Phone"] = "+17035550100",
        ["Intake:Sites:0:Address"] = "123 Main St, Falls Church, VA <b>22046</b>",
        ["Intake:Sites:0:Hours"] = "Mon–Fri 8am–6pm",
        ["Intake:Sites:0:BookingUrl"] = "https://book.example.org/falls-church?site=1&lang=en",
        ["Intake:Sites:1:Name"] = "Primary Health Centers – Arlington",
        ["Intake:Sites:1:Phone"] = "+15715550123",
        ["Intake:Sites:1:PhoneDisplay"] = "571-555-0123",
    };

    [Fact]
    public async Task Page_TwoSites_ShowsEachWithItsCallLinkAndDetailsEscaped()
    {
        await using var host = IntakeHost.Start(TwoSites);

        using var response = await host.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        // The header names and calls the first site, not the group's default number.
        const string escapedName = "Falls &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Church&quot; &lt;img src=x onerror=alert(2)&gt;";
        Assert.Contains($"id=\"clinic-name\"><!--clinic-name-->{escapedName}<!--/clinic-name-->", html, StringComparison.Ordinal);
        Assert.Contains("id=\"clinic-phone\" href=\"tel:+17035550100\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("354-8111", html, StringComparison.Ordinal);

        // Every site below the chat: name, number as a tel: link, address, hours, booking link.
        Assert.Contains($"<p class=\"site-name\">{escapedName}</p>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:+17035550100\">(703) 555-0100</a>", html, StringComparison.Ordinal);
        Assert.Contains("123 Main St, Falls Church, VA &lt;b&gt;22046&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Mon–Fri 8am–6pm", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://book.example.org/falls-church?site=1&amp;lang=en\"", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"site-name\">Primary Health Centers – Arlington</p>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:+15715550123\">571-555-0123</a>", html, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(html, "<li class=\"site\">"));

        // Nothing of the configured values arrives as markup.
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>22046", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=\"/)", html);
    }

    [Fact]
    public async Task IndexHtml_TwoSites_IsTheSamePageAsTheRoot()
    {
        await using var host = IntakeHost.Start(TwoSites);

        var root = await host.Client.GetStringAsync("/");
        var index = await host.Client.GetStringAsync("/index.html");

        Assert.Equal(root, index);
        Assert.Contains("tel:+15715550123", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_NoSites_CallsTheGroupsMainNumberAndOffersTheBookingLink()
    {
        await using var host = IntakeHost.Start(new Dictionary<string, string?> { ["Intake:BookingUrl"] = "https://book.example.org/" });

        var html = await host.Client.GetStringAsync("/");

        Assert.Contains("id=\"clinic-name\"><!--clinic-name-->Primary Health Centers<!--/clinic-name-->", html, StringComparison.Ordinal);
        Assert.Contains("id=\"clinic-phone\" href=\"tel:+17033548111\"", html, StringComparison.Ordinal);
        Assert.Contains("(703) 354-8111", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://book.example.org/\"", html, StringComparison.Ordinal);
        Assert.Equal(0, CountOf(html, "class=\"site-name\""));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
