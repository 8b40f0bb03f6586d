using Intake.Bots.Hosting;
using Intake.Dialogs;
using Intake.Storage;
using Intake.Web;
using Intake.Web.Health;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = HostPaths.ContentRoot(args) });

builder.WebHost.UseUrls(HostPaths.Urls(builder.Configuration));
builder.Services.AddProblemDetails();
builder.Services.AddIntakeBots();
builder.Services.AddIntakeStorage(builder.Configuration);
builder.Services.AddIntakeDialogs();
builder.Services.AddIntakeHealth();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapBotMessages();
app.MapIntakeHealth();

app.Run();
