using System.Text.Json;
using Intake.DirectLine.Wire;
using Microsoft.AspNetCore.Http;

namespace Intake.DirectLine.Endpoints;

/// <summary>Reads the optional <c>{user, locale}</c> body of a start request; a body that is not that is a 400.</summary>
internal static class StartBody
{
    private const int MaxBytes = 4096;

    public static async Task<(StartRequest? Body, DirectLineProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            return (null, null);
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, DirectLineProblem.BadArgument($"The body may be at most {MaxBytes} bytes."));
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return (null, null);
        }

        if (buffer.Length > MaxBytes)
        {
            return (null, DirectLineProblem.BadArgument($"The body may be at most {MaxBytes} bytes."));
        }

        try
        {
            var body = JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), DirectLineJsonContext.Default.StartRequest);
            if (body?.Locale is { Length: > 35 })
            {
                return (null, DirectLineProblem.BadArgument("The 'locale' is not a language tag such as en-US."));
            }

            return (body, null);
        }
        catch (JsonException ex)
        {
            return (null, DirectLineProblem.BadArgument($"The body is not {{\"user\":{{\"id\":…}},\"locale\":…}}: {ex.Message}"));
        }
    }
}
