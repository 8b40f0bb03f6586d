using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.BrowserTests.Infrastructure;

/// <summary>The real Intake host on a loopback port (Kestrel, port 0), memory store, Development: what a browser opens.</summary>
public sealed class PageHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private PageHost(WebApplicationFactory<Program> factory, Uri address)
    {
        _factory = factory;
        Address = address;
    }

    public Uri Address { get; }

    public static PageHost Start()
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Storage:Provider", "Memory");
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new PageHost(factory, new Uri(address));
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
