from django.urls import path

from portal.news import feeds, views

app_name = "news"

urlpatterns = [
    path("tim-kiem/", views.search, name="search"),
    path("feeds/rss.xml", feeds.LatestNewsFeed(), name="feed-rss"),
    path("feeds/atom.xml", feeds.LatestNewsAtomFeed(), name="feed-atom"),
    path("feeds/<slug:kind>/rss.xml", feeds.LatestNewsFeed(), name="section-feed-rss"),
    path("feeds/<slug:kind>/atom.xml", feeds.LatestNewsAtomFeed(), name="section-feed-atom"),
]
