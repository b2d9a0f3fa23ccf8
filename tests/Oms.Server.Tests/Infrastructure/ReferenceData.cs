using Oms.Server.Web;
using Oms.Server.Core.Contracts;
using System.Net;
using System.Text;
using Oms.Domain.Catalog;
using Oms.Domain.Imports;
using Oms.Domain.Network;
using Oms.Server.Features.Network.Imports;
using Oms.Server.Features.Network;
using Oms.Server.Features.Orders;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>Reference data as a retailer sends it, and the calls that send it.</summary>
public static class ReferenceData
{
    public static readonly WeeklyHours ShopHours = new(
        Monday: [new("09:00", "18:00")], Tuesday: [new("09:00", "18:00")], Wednesday: [new("09:00", "18:00")],
        Thursday: [new("09:00", "21:00")], Friday: [new("09:00", "18:00")], Saturday: [new("10:00", "12:30"), new("13:00", "17:00")]);

    public static string Code(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)].ToUpperInvariant();

    public static ProductRequest Product(string sku, decimal price = 49.95m, string? category = null)
        => new(sku, $"Product {sku}", price, "EUR", null, category);

    public static ChannelRequest Channel(string code, ChannelType type = ChannelType.Webshop) => new(code, $"Channel {code}", type, "EUR");

    public static LocationRequest Dc(string code) => new(code, $"DC {code}", LocationType.DistributionCenter, SizeClass.XL, 52.0293, 5.0814,
        Address: new AddressRequest("Central DC", "Het Klooster 1", null, "3438 AB", "Nieuwegein", "NL"), CutOffTime: "17:00");

    public static LocationRequest Store(string code, double latitude = 52.3731, double longitude = 4.8922)
        => new(code, $"Store {code}", LocationType.Store, SizeClass.M, latitude, longitude, OpeningHours: ShopHours);

    public static async Task<T> PutAsync<T>(this OmsClient api, string url, object body, HttpStatusCode expected = HttpStatusCode.Created,
        string actor = "admin:eva")
        => await api.ExpectAsync<T>(await api.SendAsync(HttpMethod.Put, url, body, actor), expected);

    public static Task<HttpResponseMessage> PutJsonAsync(this OmsClient api, string url, string json)
        => api.Http.PutAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Uploads a file; the answer is 202 with the job and its address.</summary>
    public static async Task<(ImportJobResponse Job, Uri Location)> StartImportAsync(this OmsClient api, string kind, string contentType,
        string file, string actor = "admin:eva")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/imports/{kind}") { Content = new StringContent(file, Encoding.UTF8, contentType) };
        await api.AuthenticateAsync(request, actor);
        var response = await api.Http.SendAsync(request);
        var job = await api.ExpectAsync<ImportJobResponse>(response, HttpStatusCode.Accepted);
        return (job, response.Headers.Location!);
    }

    public static async Task<ImportJobResponse> ImportJobAsync(this OmsClient api, Uri location)
        => await api.ExpectAsync<ImportJobResponse>(await api.Http.GetAsync(location), HttpStatusCode.OK);

    /// <summary>Follows a job until it has completed or failed.</summary>
    public static async Task<ImportJobResponse> WaitForImportAsync(this OmsClient api, Uri location)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var job = await api.ImportJobAsync(location);
            if (job.Status is ImportStatus.Completed or ImportStatus.Failed) return job;
            Assert.True(DateTime.UtcNow < until, $"Import {job.Id} is still {job.Status} after a minute ({job.RowsRead} rows read).");
            await Task.Delay(50);
        }
    }

    public static async Task<ImportJobResponse> ImportAsync(this OmsClient api, string kind, string contentType, string file, string actor = "admin:eva")
        => await api.WaitForImportAsync((await api.StartImportAsync(kind, contentType, file, actor)).Location);
}
