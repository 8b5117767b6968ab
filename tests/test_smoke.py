from newsthread import Article, Comment, Paragraph


def test_article_tree_links_parents():
    reply = Comment(id="2", text="reply")
    article = Article(title="t", body=[Paragraph("p")], comments=[Comment(id="1", replies=[reply])])
    assert reply.parent is article.comments[0]
    assert reply.root is article
    assert reply.depth == 2
