package io.github.pinterestapi.testing;

import io.github.pinterestapi.v5.model.AdAccount;
import io.github.pinterestapi.v5.model.AdsAnalyticsCreateAsyncRequest;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardOwner;
import io.github.pinterestapi.v5.model.BoardSection;
import io.github.pinterestapi.v5.model.MediaUploadType;
import io.github.pinterestapi.v5.model.Pin;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Everything the fake remembers. Routes run one at a time under this object's monitor (the
 * router holds it), and {@link FakePinterest}'s snapshots take it too, so the state needs no
 * other locking.
 */
final class FakeState {
  final Clock clock;
  final Ids ids = new Ids();
  final Tokens tokens = new Tokens(ids);
  final FakePinterestBuilder settings;
  final UserTraffic traffic;

  String userId;
  /** The storage origin (uploads, downloads), known once the fake has started. */
  HttpUrl storageUrl;
  final Map<String, Board> boards = new LinkedHashMap<>();
  final Map<String, Map<String, BoardSection>> sections = new LinkedHashMap<>();
  final Map<String, Pin> pins = new LinkedHashMap<>();
  final Map<String, MediaRecord> media = new LinkedHashMap<>();
  final Map<String, ReportRecord> reports = new LinkedHashMap<>();
  final Map<String, AdAccount> adAccounts = new LinkedHashMap<>();

  FakeState(FakePinterestBuilder settings) {
    this.settings = settings;
    this.clock = settings.clock;
    this.traffic = new UserTraffic(settings.userRateLimit, settings.userRateLimitWindow);
    seed();
  }

  /** Back to a fresh fake: no boards, pins, media, reports or issued tokens. */
  void reset() {
    boards.clear();
    sections.clear();
    pins.clear();
    media.clear();
    reports.clear();
    adAccounts.clear();
    tokens.access.clear();
    tokens.refresh.clear();
    tokens.codes.clear();
    tokens.chains.clear();
    traffic.reset();
    tokens.appSecrets.clear();
    ids.reset();
    seed();
  }

  private void seed() {
    userId = ids.next(Ids.Kind.USER);
    tokens.appSecrets.putAll(settings.apps);
    for (String token : settings.acceptedTokens) {
      tokens.access.put(token, new Tokens.Grant(token, null, null, null));
    }
    String id = ids.next(Ids.Kind.AD_ACCOUNT);
    adAccounts.put(id, new AdAccount().id(id).name(settings.username + "'s ad account"));
  }

  OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  BoardOwner owner() {
    return new BoardOwner().username(settings.username);
  }

  Board board(String id) {
    Board board = boards.get(id);
    if (board == null) {
      throw FakeError.notFound(404, "Board not found.");
    }
    return board;
  }

  Pin pin(String id) {
    Pin pin = pins.get(id);
    if (pin == null) {
      throw FakeError.notFound(50, "Pin not found.");
    }
    return pin;
  }

  BoardSection section(String boardId, String sectionId) {
    BoardSection section = sections.getOrDefault(boardId, Map.of()).get(sectionId);
    if (section == null) {
      throw FakeError.notFound(404, "Board section not found.");
    }
    return section;
  }

  AdAccount adAccount(String id) {
    AdAccount account = adAccounts.get(id);
    if (account == null) {
      throw FakeError.notFound(404, "Ad account not found.");
    }
    return account;
  }

  List<Pin> pinsOn(String boardId) {
    List<Pin> on = new ArrayList<>();
    for (Pin pin : pins.values()) {
      if (boardId.equals(pin.getBoardId())) {
        on.add(pin);
      }
    }
    return on;
  }

  /** The board as Pinterest shows it: with its current pin count. */
  Board view(Board board) {
    return board.pinCount(pinsOn(board.getId()).size());
  }

  /** A registered video upload and how far its processing has got. */
  static final class MediaRecord {
    final String id;
    final MediaUploadType type;
    boolean uploaded;
    long uploadedBytes;
    int pollsSinceUpload;

    MediaRecord(String id, MediaUploadType type) {
      this.id = id;
      this.type = type;
    }
  }

  /** An async report and how many times it has been polled. */
  static final class ReportRecord {
    final String token;
    final String adAccountId;
    final AdsAnalyticsCreateAsyncRequest request;
    final OffsetDateTime createdAt;
    int polls;

    ReportRecord(String token, String adAccountId, AdsAnalyticsCreateAsyncRequest request,
        OffsetDateTime createdAt) {
      this.token = token;
      this.adAccountId = adAccountId;
      this.request = request;
      this.createdAt = createdAt;
    }
  }
}
