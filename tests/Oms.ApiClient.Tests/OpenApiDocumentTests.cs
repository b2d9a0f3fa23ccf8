using System.Reflection;

namespace Oms.ApiClient.Tests;

/// <summary>The document the client is generated from cannot go stale: it must be what the server serves now.</summary>
public sealed class OpenApiDocumentTests(OmsServer server) : IClassFixture<OmsServer>
{
    [Fact]
    public async Task The_committed_document_is_what_the_server_serves()
    {
        var served = Normalize(await server.CreateClient().GetStringAsync("/openapi/v1.json"));
        var path = typeof(OpenApiDocumentTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "OpenApiDocument").Value!;
        if (Environment.GetEnvironmentVariable("OMS_WRITE_OPENAPI") == "1") await File.WriteAllTextAsync(path, served);
        var committed = Normalize(await File.ReadAllTextAsync(path));
        Assert.True(committed == served,
            $"{path} is not the document the server serves: run `bash scripts/update-openapi.sh` and commit the file.");
    }

    private static string Normalize(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
