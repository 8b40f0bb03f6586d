using Intake.Bots.AspNetCore;
using Intake.Dialogs;
using Intake.DirectLine;
using Intake.Storage;
using Intake.Web;
using Intake.Web.Health;
using Intake.Web.Hosting;
using Intake.Web.Teams;

if (TeamsPackageCommand.IsCommand(args))
{
    return await TeamsPackageCommand.RunAsync(args, Console.Out, Console.Error);
}

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = HostPaths.ContentRoot(args) });

    builder.WebHost.UseUrls(HostPaths.Urls(builder.Configuration)).UseIntakeKestrelLimits();
    builder.Services.AddProblemDetails();
    builder.Services.AddIntakeBotsHttp();
    builder.Services.AddIntakeDirectLine();
    builder.Services.AddIntakeStorage(builder.Configuration);
    builder.Services.AddIntakeDialogs();
    builder.Services.AddIntakeHealth();

    var app = builder.Build();
    StartupRefusal.CheckBeforeStart(app.Services);

    app.UseResponseHygiene();
    app.UseExceptionHandler();
    app.UseStatusCodePages();

    // A channel's activity needs none of the page's and Direct Line's middleware (files, CORS, WebSockets), which
    // cost every turn 7–9 µs of host CPU (the load benchmark's host CPU per turn, with and without them).
    app.UseWhen(static context => !context.IsBotMessages(), browser => browser.UseIntakeChatPage().UseIntakeDirectLine());
    app.MapBotMessages();
    app.MapIntakeDirectLine();
    app.MapIntakeHealth();

    app.Run();
    return 0;
}
catch (Exception ex) when (StartupRefusal.IsProcessEntry && StartupRefusal.Describe(ex) is { } refusal)
{
    await Console.Error.WriteLineAsync(refusal);
    return 1;
}
