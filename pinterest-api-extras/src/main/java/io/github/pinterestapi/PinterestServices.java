package io.github.pinterestapi;

import io.github.pinterestapi.v5.api.AdAccountsApi;
import io.github.pinterestapi.v5.api.AdGroupsApi;
import io.github.pinterestapi.v5.api.AdsApi;
import io.github.pinterestapi.v5.api.AdvancedAuctionApi;
import io.github.pinterestapi.v5.api.AudienceInsightsApi;
import io.github.pinterestapi.v5.api.AudienceSharingApi;
import io.github.pinterestapi.v5.api.AudiencesApi;
import io.github.pinterestapi.v5.api.BillingApi;
import io.github.pinterestapi.v5.api.BoardsApi;
import io.github.pinterestapi.v5.api.BulkApi;
import io.github.pinterestapi.v5.api.BusinessAccessAssetsApi;
import io.github.pinterestapi.v5.api.BusinessAccessInviteApi;
import io.github.pinterestapi.v5.api.BusinessAccessRelationshipsApi;
import io.github.pinterestapi.v5.api.CampaignsApi;
import io.github.pinterestapi.v5.api.CatalogFeedsApi;
import io.github.pinterestapi.v5.api.CatalogItemsApi;
import io.github.pinterestapi.v5.api.CatalogProductGroupsApi;
import io.github.pinterestapi.v5.api.CatalogReportsApi;
import io.github.pinterestapi.v5.api.CatalogsApi;
import io.github.pinterestapi.v5.api.ConversionEqsApi;
import io.github.pinterestapi.v5.api.ConversionEventsApi;
import io.github.pinterestapi.v5.api.ConversionTagsApi;
import io.github.pinterestapi.v5.api.ConversionsApi;
import io.github.pinterestapi.v5.api.CustomerListUploadsApi;
import io.github.pinterestapi.v5.api.CustomerListsApi;
import io.github.pinterestapi.v5.api.IntegrationsApi;
import io.github.pinterestapi.v5.api.KeywordsApi;
import io.github.pinterestapi.v5.api.LabelsApi;
import io.github.pinterestapi.v5.api.LeadAdsApi;
import io.github.pinterestapi.v5.api.LeadFormsApi;
import io.github.pinterestapi.v5.api.LeadsExportApi;
import io.github.pinterestapi.v5.api.MediaApi;
import io.github.pinterestapi.v5.api.MsotEventsApi;
import io.github.pinterestapi.v5.api.NotificationApi;
import io.github.pinterestapi.v5.api.OauthApi;
import io.github.pinterestapi.v5.api.OrderLinesApi;
import io.github.pinterestapi.v5.api.PinsApi;
import io.github.pinterestapi.v5.api.ProductCategoriesApi;
import io.github.pinterestapi.v5.api.ProductGroupPromotionsApi;
import io.github.pinterestapi.v5.api.PromotionsApi;
import io.github.pinterestapi.v5.api.ResourcesApi;
import io.github.pinterestapi.v5.api.SearchApi;
import io.github.pinterestapi.v5.api.TargetingTemplateApi;
import io.github.pinterestapi.v5.api.TermsApi;
import io.github.pinterestapi.v5.api.TermsOfServiceApi;
import io.github.pinterestapi.v5.api.UserAccountApi;

/**
 * One accessor per generated service, named after Pinterest's tag, so callers write
 * {@code pinterest.pins()} rather than {@code pinterest.api(PinsApi.class)}.
 *
 * <pre>{@code
 * Board board = pinterest.execute(pinterest.boards().boardsGet(boardId, null));
 * }</pre>
 *
 * <p>Every accessor returns the same instance each time. A service Pinterest adds upstream is
 * usable through {@link #api(Class)} before it gets an accessor here.
 */
public abstract class PinterestServices {
  PinterestServices() {}

  /** The Retrofit implementation of any generated service interface, created once and cached. */
  public abstract <T> T api(Class<T> service);

  /** Ad accounts: create, list, analytics and reports. */
  public final AdAccountsApi adAccounts() { return api(AdAccountsApi.class); }

  /** Ad groups of campaigns: create, update, analytics, bid suggestions. */
  public final AdGroupsApi adGroups() { return api(AdGroupsApi.class); }

  /** Ads: create, update, analytics, previews. */
  public final AdsApi ads() { return api(AdsApi.class); }

  /** Advanced auction items: get and submit. */
  public final AdvancedAuctionApi advancedAuction() { return api(AdvancedAuctionApi.class); }

  /** Audience insights: reach and demographics of audiences. */
  public final AudienceInsightsApi audienceInsights() { return api(AudienceInsightsApi.class); }

  /** Audience sharing between ad accounts and businesses. */
  public final AudienceSharingApi audienceSharing() { return api(AudienceSharingApi.class); }

  /** Audiences for ad targeting. */
  public final AudiencesApi audiences() { return api(AudiencesApi.class); }

  /** Billing: profiles, invoices, ads credits, insertion orders. */
  public final BillingApi billing() { return api(BillingApi.class); }

  /** Boards and board sections, and the Pins on them. */
  public final BoardsApi boards() { return api(BoardsApi.class); }

  /** Bulk upsert and download of ads entities. */
  public final BulkApi bulk() { return api(BulkApi.class); }

  /** Business Access: the assets a business manages. */
  public final BusinessAccessAssetsApi businessAccessAssets() { return api(BusinessAccessAssetsApi.class); }

  /** Business Access: invitations and access requests. */
  public final BusinessAccessInviteApi businessAccessInvite() { return api(BusinessAccessInviteApi.class); }

  /** Business Access: members and partners of a business. */
  public final BusinessAccessRelationshipsApi businessAccessRelationships() { return api(BusinessAccessRelationshipsApi.class); }

  /** Ad campaigns: create, update, analytics. */
  public final CampaignsApi campaigns() { return api(CampaignsApi.class); }

  /** Catalog feeds and their processing results. */
  public final CatalogFeedsApi catalogFeeds() { return api(CatalogFeedsApi.class); }

  /** Catalog items and item batches. */
  public final CatalogItemsApi catalogItems() { return api(CatalogItemsApi.class); }

  /** Catalog product groups. */
  public final CatalogProductGroupsApi catalogProductGroups() { return api(CatalogProductGroupsApi.class); }

  /** Catalog reports. */
  public final CatalogReportsApi catalogReports() { return api(CatalogReportsApi.class); }

  /** Catalogs. */
  public final CatalogsApi catalogs() { return api(CatalogsApi.class); }

  /** Conversion event quality (EQS) scores. */
  public final ConversionEqsApi conversionEqs() { return api(ConversionEqsApi.class); }

  /** The Conversions API: send conversion events. */
  public final ConversionEventsApi conversionEvents() { return api(ConversionEventsApi.class); }

  /** Conversion tags of ad accounts. */
  public final ConversionTagsApi conversionTags() { return api(ConversionTagsApi.class); }

  /** Conversions: advertiser-defined events. */
  public final ConversionsApi conversions() { return api(ConversionsApi.class); }

  /** Customer list uploads. */
  public final CustomerListUploadsApi customerListUploads() { return api(CustomerListUploadsApi.class); }

  /** Customer lists for targeting. */
  public final CustomerListsApi customerLists() { return api(CustomerListsApi.class); }

  /** Commerce and platform integrations. */
  public final IntegrationsApi integrations() { return api(IntegrationsApi.class); }

  /** Ad keywords and keyword metrics. */
  public final KeywordsApi keywords() { return api(KeywordsApi.class); }

  /** Ad labels. */
  public final LabelsApi labels() { return api(LabelsApi.class); }

  /** Lead ads. */
  public final LeadAdsApi leadAds() { return api(LeadAdsApi.class); }

  /** Lead forms. */
  public final LeadFormsApi leadForms() { return api(LeadFormsApi.class); }

  /** Lead export. */
  public final LeadsExportApi leadsExport() { return api(LeadsExportApi.class); }

  /** Media uploads for video Pins. */
  public final MediaApi media() { return api(MediaApi.class); }

  /** MSOT events: create. */
  public final MsotEventsApi msotEvents() { return api(MsotEventsApi.class); }

  /** Notifications: post. */
  public final NotificationApi notification() { return api(NotificationApi.class); }

  /** OAuth: exchange codes, refresh and revoke tokens. */
  public final OauthApi oauth() { return api(OauthApi.class); }

  /** Order lines: get and list. */
  public final OrderLinesApi orderLines() { return api(OrderLinesApi.class); }

  /** Pins: create, read, update, delete, save, analytics. */
  public final PinsApi pins() { return api(PinsApi.class); }

  /** Trends: featured topics and product categories. */
  public final ProductCategoriesApi productCategories() { return api(ProductCategoriesApi.class); }

  /** Product group promotions of shopping campaigns. */
  public final ProductGroupPromotionsApi productGroupPromotions() { return api(ProductGroupPromotionsApi.class); }

  /** Promotions. */
  public final PromotionsApi promotions() { return api(PromotionsApi.class); }

  /** Reference data: targeting options, metrics, delivery metrics. */
  public final ResourcesApi resources() { return api(ResourcesApi.class); }

  /** Search: the user's boards and Pins, and partner Pins. */
  public final SearchApi search() { return api(SearchApi.class); }

  /** Targeting templates. */
  public final TargetingTemplateApi targetingTemplate() { return api(TargetingTemplateApi.class); }

  /** Terms: related and suggested terms. */
  public final TermsApi terms() { return api(TermsApi.class); }

  /** Ads terms of service. */
  public final TermsOfServiceApi termsOfService() { return api(TermsOfServiceApi.class); }

  /** The signed-in user's account, followers, following and analytics. */
  public final UserAccountApi userAccount() { return api(UserAccountApi.class); }
}
