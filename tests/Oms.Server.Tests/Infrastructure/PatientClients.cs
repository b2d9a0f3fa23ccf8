namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// Clients for tests that send a hundred commands at once. On a loaded machine the last answer may take minutes rather
/// than HttpClient's default 100 s: SQLite runs one writer at a time, and a count's inline work (re-sourcing what it
/// left short, serving back-orders) runs one command per order, each queueing behind every other request. Slow is not
/// wrong; these tests are about what the answers say.
/// </summary>
public static class PatientClients
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static OmsClient PatientClient(this OmsFixture fx)
    {
        var client = fx.NewClient();
        client.Http.Timeout = Patience;
        return client;
    }
}
