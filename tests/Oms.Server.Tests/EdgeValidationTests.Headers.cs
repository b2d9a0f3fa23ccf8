using System.Net;
using System.Text.Json;
using Oms.Server.Core.Contracts;
using Oms.Server.Demo;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.RawHttp;

namespace Oms.Server.Tests;

/// <summary>Headers as Kestrel reads them: UTF-8 text is taken as sent, anything else is a problem+json, never a bare 400.</summary>
public abstract partial class EdgeValidationTests
{
    /// <summary>Only a key allowed to act on behalf of a person may send X-Actor: the demo till of STORE-AMS.</summary>
    private static readonly (string, string) Till = ("X-Api-Key", DemoAccess.Keys.Single(k => k.Name == "STORE-AMS").Key);

    [Fact]
    public async Task An_actor_longer_than_100_characters_is_a_400_problem_and_changes_nothing()
    {
        var before = await DbSnapshot.TakeAsync(fx);

        foreach (var actor in new[] { "agent:" + new string('a', 95), Utf8(new string('é', 101)), new string('a', 5000) })
            await Refused(await _raw.SendAsync(HttpMethod.Put, "/api/stock/STORE-AMS/SKU-0048", """{"onHand":4}""", Till, ("X-Actor", actor)), "X-Actor");

        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
        var ok = await _raw.SendAsync(HttpMethod.Put, "/api/stock/STORE-AMS/SKU-0048", """{"onHand":4}""", Till, ("X-Actor", "agent:" + new string('a', 94)));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        // Anyone else naming a person is refused: the timeline records who signed in.
        await OmsClient.ProblemAsync(await _raw.SendAsync(HttpMethod.Put, "/api/stock/STORE-AMS/SKU-0048", """{"onHand":4}""", ("X-Actor", "agent:anna")),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_UTF8_actor_and_idempotency_key_are_taken_as_sent()
    {
        var json = JsonSerializer.Serialize(Orders.Pos("STORE-AMS", Orders.CarryOut("SKU-0049")), OmsClient.Json);
        var key = $"été-{Guid.NewGuid():N}";

        var created = await _raw.SendAsync(HttpMethod.Post, "/api/orders", json, Till, ("X-Actor", Utf8("agent:zoë")), ("Idempotency-Key", Utf8(key)));
        var replayed = await _raw.SendAsync(HttpMethod.Post, "/api/orders", json, Till, ("X-Actor", Utf8("agent:zoë")), ("Idempotency-Key", Utf8(key)));

        var order = await Api.ExpectAsync<OrderResponse>(created, HttpStatusCode.Created);
        Assert.Equal("agent:zoë via store:STORE-AMS", order.EnteredBy);
        Assert.Equal(order.Id, (await Api.ExpectAsync<OrderResponse>(replayed, HttpStatusCode.OK)).Id);
        Assert.Equal("true", replayed.Headers.GetValues("Idempotent-Replayed").Single());
    }

    [Theory]
    [InlineData("X-Actor", "agent:zo\u00eb")]
    [InlineData("X-Actor", "agent:\u00ed\u00a0\u0080")]
    [InlineData("Idempotency-Key", "\u00e9t\u00e9")]
    [InlineData("X-Actor", "agent:\u0001")]
    public async Task Header_bytes_that_are_not_UTF8_text_are_a_400_problem(string header, string bytes)
    {
        var json = JsonSerializer.Serialize(Orders.Pos("STORE-AMS", Orders.CarryOut("SKU-0049")), OmsClient.Json);
        var before = await DbSnapshot.TakeAsync(fx);

        await Refused(await _raw.SendAsync(HttpMethod.Post, "/api/orders", json, Till, (header, bytes)), header);

        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }
}
