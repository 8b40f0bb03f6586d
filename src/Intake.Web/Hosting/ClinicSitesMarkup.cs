using System.Net;
using System.Text;
using Intake.Dialogs;

namespace Intake.Web.Hosting;

/// <summary>
/// The clinic's details in the chat page, from the same settings as the result's clinic card (<c>Intake:Sites</c>,
/// <c>Intake:BookingUrl</c>): <c>index.html</c> marks three regions (<c>&lt;!--clinic-name--&gt;…&lt;!--/clinic-name--&gt;</c>,
/// <c>clinic-call</c>, <c>sites</c>) that are replaced once at start-up. The header names the first site and calls it;
/// the "Where to find us" list shows every site with its number, address, hours and booking link. With no site the
/// page's own default (the group's main number) stays. Every value is HTML-encoded; the words around them
/// (<c>data-text</c>) come from <c>js/page-text.js</c> in the page's language.
/// </summary>
internal static class ClinicSitesMarkup
{
    public static string Render(string template, IntakeOptions clinic)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(clinic);
        var sites = clinic.Sites;
        var html = template;
        if (sites.Count > 0)
        {
            var first = sites[0];
            html = Replace(html, "clinic-name", Encode(first.Name));
            html = Replace(html, "clinic-call", $"<a class=\"clinic-phone\" id=\"clinic-phone\" href=\"{Encode(first.CallUri.OriginalString)}\"><span data-text=\"callClinic\"></span> <span class=\"number\">{Encode(first.Display)}</span></a>");
        }

        var items = new StringBuilder();
        foreach (var site in sites)
        {
            items.Append("<li class=\"site\"><p class=\"site-name\">").Append(Encode(site.Name)).Append("</p>");
            items.Append("<p class=\"site-phone\"><a href=\"").Append(Encode(site.CallUri.OriginalString)).Append("\">").Append(Encode(site.Display)).Append("</a></p>");
            Detail(items, "site-address", null, site.Address);
            Detail(items, "site-hours", "hours", site.Hours);
            Booking(items, site.BookingUrl ?? clinic.BookingUrl);
            items.Append("</li>");
        }

        if (sites.Count == 0 && clinic.BookingUrl is { } booking)
        {
            items.Append("<li class=\"site\">");
            Booking(items, booking);
            items.Append("</li>");
        }

        return items.Length == 0
            ? html
            : Replace(html, "sites", $"<section class=\"sites\" aria-labelledby=\"sites-title\"><h2 id=\"sites-title\" class=\"sites-title\" data-text=\"sitesTitle\"></h2><ul class=\"sites-list\">{items}</ul></section>");
    }

    // <, >, &, " and ' as entities: safe in element text and in double-quoted attributes (a tel: link's + stays readable).
    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private static void Detail(StringBuilder items, string className, string? label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        items.Append("<p class=\"").Append(className).Append("\">");
        if (label is not null)
        {
            items.Append("<span data-text=\"").Append(label).Append("\"></span> ");
        }

        items.Append(Encode(value.Trim())).Append("</p>");
    }

    private static void Booking(StringBuilder items, Uri? booking)
    {
        if (booking is not null)
        {
            items.Append("<p class=\"site-booking\"><a href=\"").Append(Encode(booking.AbsoluteUri)).Append("\" target=\"_blank\" rel=\"noopener noreferrer\" data-text=\"book\"></a></p>");
        }
    }

    // The text between <!--name--> and <!--/name--> (markers kept, so the page shows where it came from).
    private static string Replace(string html, string name, string content)
    {
        var open = $"<!--{name}-->";
        var close = $"<!--/{name}-->";
        var start = html.IndexOf(open, StringComparison.Ordinal);
        var end = start < 0 ? -1 : html.IndexOf(close, start, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException($"wwwroot/index.html has no {open}…{close} region.");
        }

        return string.Concat(html.AsSpan(0, start + open.Length), content, html.AsSpan(end));
    }
}
