using System.Net;
using Oms.Domain.Returns;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Returns.ReturnShippingSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>Without a carrier configured, a return that needs a label says so on its timeline; nothing fails, nothing is retried.</summary>
public abstract class ReturnWithoutCarrierTests(OmsFixture fx)
{
    [Fact]
    public async Task A_return_by_parcel_without_a_configured_carrier_records_that_no_label_could_be_made_and_why()
    {
        var ret = await ReturnByParcelAsync(fx.Api, ReturnMethod.CarrierCollection);
        await fx.SettleAsync();

        var after = await ReturnAsync(fx.Api, ret.Id);
        Assert.Equal(ReturnStatus.Approved, after.Status);
        Assert.Null(after.Shipping!.TrackingNumber);
        Assert.Contains("not configured", after.Shipping.LabelFailure, StringComparison.Ordinal);
        Assert.Single(after.Timeline, t => t.Type == "return.label-failed");
        Assert.Empty(fx.Sendcloud.Requests);

        // The return goes on as any other: received at the DC when the customer sends it some other way.
        var received = await ReturnSteps.ReceiveAsync(fx.Api, ret.Id, ReturnSteps.Units("DC-CENTRAL", Disposition.Restock, (ret.Lines[0].Id, 1)));
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);

        // A tracking webhook cannot be verified without the carrier's key: refused, as a forgery would be.
        var body = ForeignParcelWebhook("3SNOCARRIER0001", fx.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostWebhookAsync(fx, body)).StatusCode);
    }
}

public sealed class ReturnWithoutCarrierTests_Sqlite(NoCarrierSqliteFixture fx) : ReturnWithoutCarrierTests(fx), IClassFixture<NoCarrierSqliteFixture>;

public sealed class ReturnWithoutCarrierTests_Postgres(NoCarrierPostgresFixture fx)
    : ReturnWithoutCarrierTests(fx), IClassFixture<NoCarrierPostgresFixture>;
