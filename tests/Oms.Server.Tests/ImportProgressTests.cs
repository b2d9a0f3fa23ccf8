using Oms.Server.Web;
using Oms.Server.Core.Contracts;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Imports;
using Oms.Server.Features.Network.Imports;
using Oms.Server.Features.Network;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.ReferenceData;

namespace Oms.Server.Tests;

/// <summary>
/// Import jobs across nodes: the node under test serves the API only, and the tests act as worker nodes that claim a
/// job and apply it batch by batch (two rows each), so progress can be watched between batches.
/// </summary>
public abstract class ImportProgressTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;
    private ImportRunner Runner => fx.Services.GetRequiredService<ImportRunner>();

    [Fact]
    public async Task Progress_is_reported_after_every_batch_and_any_node_can_answer()
    {
        var (skus, location) = await UploadAsync(5);
        Assert.Equal((ImportStatus.Queued, 0, (int?)null), Progress(await Api.ImportJobAsync(location)));
        var id = (await Api.ImportJobAsync(location)).Id;

        Assert.True(await Runner.TryClaimAsync(id, "node-a", CancellationToken.None));
        Assert.Equal(ImportStatus.Running, (await Api.ImportJobAsync(location)).Status);
        Assert.True(await Runner.StepAsync(id, "node-a", CancellationToken.None));
        var afterOne = await Api.ImportJobAsync(location);
        Assert.True(await Runner.StepAsync(id, "node-a", CancellationToken.None));
        var afterTwo = await Api.ImportJobAsync(location);
        Assert.False(await Runner.StepAsync(id, "node-a", CancellationToken.None));
        var done = await Api.ImportJobAsync(location);

        Assert.Equal((ImportStatus.Running, 2, 5), Progress(afterOne));
        Assert.Equal((2, 0), (afterOne.Accepted, afterOne.Rejected));
        Assert.Equal(HttpStatusCode.OK, (await Api.Http.GetAsync($"/api/products/{skus[3]}")).StatusCode);
        Assert.Equal((ImportStatus.Running, 4, 5), Progress(afterTwo));
        Assert.Equal((ImportStatus.Completed, 5, 5), Progress(done));
        Assert.Equal((4, 1), (done.Accepted, done.Rejected));
        Assert.Equal((5, "listPrice"), (Assert.Single(done.Errors).Row, done.Errors[0].Field));
        Assert.NotNull(done.FinishedAt);
        var listed = await Api.ExpectAsync<CursorPage<ImportJobResponse>>(await Api.Http.GetAsync("/api/imports?status=completed"), HttpStatusCode.OK);
        Assert.Contains(listed.Items, j => j.Id == id && j.ErrorCount == 1);
    }

    [Fact]
    public async Task A_job_is_claimed_by_one_node_only()
    {
        var (_, location) = await UploadAsync(3);
        var id = (await Api.ImportJobAsync(location)).Id;

        var first = await Runner.TryClaimAsync(id, "node-a", CancellationToken.None);
        var second = await Runner.TryClaimAsync(id, "node-b", CancellationToken.None);
        var intruder = await Runner.StepAsync(id, "node-b", CancellationToken.None);

        Assert.Equal((true, false, false), (first, second, intruder));
        Assert.Equal((ImportStatus.Running, 0, (int?)null), Progress(await Api.ImportJobAsync(location)));
        await Runner.RunAsync(id, "node-a", CancellationToken.None);
        Assert.Equal((ImportStatus.Completed, 3, 3), Progress(await Api.ImportJobAsync(location)));
    }

    [Fact]
    public async Task A_job_left_by_a_stopped_node_is_resumed_after_its_last_committed_batch()
    {
        var (skus, location) = await UploadAsync(5);
        var id = (await Api.ImportJobAsync(location)).Id;
        Assert.True(await Runner.TryClaimAsync(id, "node-a", CancellationToken.None));
        Assert.True(await Runner.StepAsync(id, "node-a", CancellationToken.None));

        Assert.False(await Runner.TryClaimAsync(id, "node-b", CancellationToken.None));
        fx.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.True(await Runner.TryClaimAsync(id, "node-b", CancellationToken.None));
        Assert.False(await Runner.StepAsync(id, "node-a", CancellationToken.None));
        await Runner.RunAsync(id, "node-b", CancellationToken.None);

        var done = await Api.ImportJobAsync(location);
        Assert.Equal((ImportStatus.Completed, 5, 5), Progress(done));
        Assert.Equal((4, 1), (done.Accepted, done.Rejected));
        foreach (var sku in skus.Take(4))
        {
            var audit = await Api.ExpectAsync<CursorPage<AuditEntryResponse>>(
                await Api.Http.GetAsync($"/api/reference-data/audit?entity=product&key={sku}"), HttpStatusCode.OK);
            Assert.Equal("created", Assert.Single(audit.Items).Action);
        }
    }

    private static (ImportStatus, int, int?) Progress(ImportJobResponse job) => (job.Status, job.RowsRead, job.TotalRows);

    /// <summary>A product file of <paramref name="rows"/> rows; with five, the last has a negative price.</summary>
    private async Task<(List<string> Skus, Uri Location)> UploadAsync(int rows)
    {
        var skus = Enumerable.Range(0, rows).Select(_ => Code("P")).ToList();
        var lines = skus.Select((s, i) => $"{s},Product {i},{(i == 4 ? "-1" : "10")},EUR");
        var (_, location) = await Api.StartImportAsync("products", "text/csv", "sku,name,listPrice,currency\n" + string.Join('\n', lines));
        return (skus, location);
    }
}

public sealed class ImportProgressTests_Sqlite(ApiOnlySqliteFixture fx) : ImportProgressTests(fx), IClassFixture<ApiOnlySqliteFixture>;

public sealed class ImportProgressTests_Postgres(ApiOnlyPostgresFixture fx) : ImportProgressTests(fx), IClassFixture<ApiOnlyPostgresFixture>;
