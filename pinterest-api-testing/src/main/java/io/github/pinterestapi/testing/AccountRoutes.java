package io.github.pinterestapi.testing;

import io.github.pinterestapi.v5.model.Account;
import io.github.pinterestapi.v5.model.AdAccount;
import io.github.pinterestapi.v5.model.AdAccountsList200Response;
import java.util.ArrayList;
import java.util.Map;

/** {@code user_account/get}, and the ad accounts the reports flow starts from. */
final class AccountRoutes {
  private final FakeState state;

  AccountRoutes(FakeState state) {
    this.state = state;
  }

  void register(Map<String, Route> routes) {
    routes.put("user_account/get", e -> Reply.ok(account()));
    routes.put("ad_accounts/list", this::listAdAccounts);
    routes.put("ad_accounts/get", e -> Reply.ok(state.adAccount(e.path("ad_account_id"))));
  }

  Account account() {
    String username = state.settings.username;
    return new Account().id(state.userId)
        .username(username)
        .accountType(Account.AccountTypeEnum.BUSINESS)
        .businessName(username)
        .about("A Pinterest account served by FakePinterest")
        .websiteUrl("https://example.com")
        .profileImage("https://i.pinimg.com/fake/avatars/" + username + ".jpg")
        .boardCount(state.boards.size())
        .pinCount(state.pins.size())
        .followerCount(42)
        .followingCount(7)
        .monthlyViews(1234);
  }

  private Reply listAdAccounts(Exchange exchange) {
    int pageSize = exchange.pageSize();
    Bookmarks.Slice<AdAccount> page = Bookmarks.page(new ArrayList<>(state.adAccounts.values()),
        AdAccount::getId, "ad_accounts", exchange.query("bookmark"), pageSize);
    return Reply.ok(new AdAccountsList200Response().items(page.items).bookmark(page.bookmark));
  }
}
