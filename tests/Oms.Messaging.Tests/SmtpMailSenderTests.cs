using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Oms.Messaging.Mail;
using Oms.TestSupport.Smtp;

namespace Oms.Messaging.Tests;

public sealed class SmtpMailSenderTests : IAsyncLifetime
{
    private SmtpTestServer _server = null!;
    private ServiceProvider _services = null!;

    private IMailSender Sender => _services.GetRequiredService<IMailSender>();

    public async Task InitializeAsync()
    {
        _server = await SmtpTestServer.StartAsync();
        _services = BuildServices(_server.Port);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_mail_arrives_with_subject_text_and_html_bodies_and_the_callers_message_id()
    {
        var mail = new OutgoingMail("0193a5c2-7d1e-7000-8000-000000000001", [new MailRecipient("anna@example.com", "Anna de Vries")],
            "Your order OMS-7KQ2M9XD4P has shipped", "Track it with PostNL 3SABC123.")
        {
            HtmlBody = "<p>Track it with <b>PostNL</b> 3SABC123.</p>",
        };

        await Sender.SendAsync(mail, CancellationToken.None);

        var received = await _server.WaitForMessageAsync(1, TimeSpan.FromSeconds(10));
        Assert.Equal("Your order OMS-7KQ2M9XD4P has shipped", received.Message.Subject);
        Assert.Equal("Track it with PostNL 3SABC123.", received.Message.TextBody?.TrimEnd());
        Assert.Equal("<p>Track it with <b>PostNL</b> 3SABC123.</p>", received.Message.HtmlBody?.TrimEnd());
        Assert.Equal("0193a5c2-7d1e-7000-8000-000000000001@shop.example", received.Message.MessageId);
        Assert.Equal("orders@shop.example", received.EnvelopeFrom);
        Assert.Equal(["anna@example.com"], received.EnvelopeTo);
        var to = Assert.IsType<MailboxAddress>(Assert.Single(received.Message.To));
        Assert.Equal(("Anna de Vries", "anna@example.com"), (to.Name, to.Address));
        Assert.Equal("Webshop", Assert.IsType<MailboxAddress>(Assert.Single(received.Message.From)).Name);
    }

    [Fact]
    public async Task A_4xx_reply_is_transient_and_the_retry_arrives_with_the_same_message_id()
    {
        _server.RefuseNext(1, 451);
        var mail = new OutgoingMail("retry-1@oms.example", [new MailRecipient("anna@example.com")], "Ready for pickup", "Come and get it.");

        var refused = await Assert.ThrowsAsync<MailDeliveryException>(() => Sender.SendAsync(mail, CancellationToken.None));
        await Sender.SendAsync(mail, CancellationToken.None);

        Assert.False(refused.IsPermanent);
        Assert.Equal(451, refused.SmtpStatusCode);
        Assert.Equal("retry-1@oms.example", (await _server.WaitForMessageAsync(1, TimeSpan.FromSeconds(10))).Message.MessageId);
        Assert.Single(_server.Messages);
    }

    [Fact]
    public async Task A_5xx_reply_is_permanent()
    {
        _server.RefuseNext(1, 550);
        var mail = new OutgoingMail("refused-1", [new MailRecipient("nobody@example.com")], "Order cancelled", "Sorry.");

        var refused = await Assert.ThrowsAsync<MailDeliveryException>(() => Sender.SendAsync(mail, CancellationToken.None));

        Assert.True(refused.IsPermanent);
        Assert.Equal(550, refused.SmtpStatusCode);
        Assert.Equal(1, _server.RefusedCount);
        Assert.Empty(_server.Messages);
    }

    [Fact]
    public async Task No_server_listening_is_transient()
    {
        await _server.DisposeAsync();
        var mail = new OutgoingMail("down-1", [new MailRecipient("anna@example.com")], "Order shipped", "On its way.");

        var failed = await Assert.ThrowsAsync<MailDeliveryException>(() => Sender.SendAsync(mail, CancellationToken.None));

        Assert.False(failed.IsPermanent);
        Assert.Null(failed.SmtpStatusCode);
    }

    [Fact]
    public async Task An_invalid_recipient_address_is_permanent_and_nothing_is_sent()
    {
        var mail = new OutgoingMail("bad-address-1", [new MailRecipient("not an address")], "Order shipped", "On its way.");

        var failed = await Assert.ThrowsAsync<MailDeliveryException>(() => Sender.SendAsync(mail, CancellationToken.None));

        Assert.True(failed.IsPermanent);
        await Task.Delay(100);
        Assert.Empty(_server.Messages);
    }

    private static ServiceProvider BuildServices(int port)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Notifications:Smtp:Host"] = "127.0.0.1",
                ["Notifications:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Notifications:Smtp:SecureSocketOptions"] = "None",
                ["Notifications:Smtp:FromAddress"] = "orders@shop.example",
                ["Notifications:Smtp:FromName"] = "Webshop",
                ["Notifications:Smtp:Timeout"] = "00:00:05",
            })
            .Build();
        return new ServiceCollection().AddLogging().AddOmsMessaging(configuration).BuildServiceProvider();
    }
}
