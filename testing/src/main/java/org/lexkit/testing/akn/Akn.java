package org.lexkit.testing.akn;

/** Builds small Akoma Ntoso test documents around a body, so each test shows only what it is about. */
public final class Akn {
  private Akn() {}

  public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  /** The identification block of a valid act; {@code date} is the work's FRBRdate. */
  public static String meta(String date) {
    return "<meta><identification source=\"#lexkit\">"
        + "<FRBRWork><FRBRthis value=\"/akn/kz/act/1995-08-30/constitution/!main\"/>"
        + "<FRBRuri value=\"/akn/kz/act/1995-08-30/constitution\"/>"
        + "<FRBRdate date=\"" + date + "\" name=\"adoption\"/><FRBRauthor href=\"#people\" as=\"#author\"/>"
        + "<FRBRcountry value=\"kz\"/></FRBRWork>"
        + "<FRBRExpression><FRBRthis value=\"/akn/kz/act/1995-08-30/constitution/eng@2026-01-01/!main\"/>"
        + "<FRBRuri value=\"/akn/kz/act/1995-08-30/constitution/eng@2026-01-01\"/>"
        + "<FRBRdate date=\"2026-01-01\" name=\"version\"/><FRBRauthor href=\"#people\"/>"
        + "<FRBRlanguage language=\"eng\"/><FRBRlanguage language=\"kaz\"/></FRBRExpression>"
        + "<FRBRManifestation><FRBRthis value=\"/akn/kz/act/1995-08-30/constitution/eng@2026-01-01/!main.xml\"/>"
        + "<FRBRuri value=\"/akn/kz/act/1995-08-30/constitution/eng@2026-01-01.akn\"/>"
        + "<FRBRdate date=\"2026-01-02\" name=\"generation\"/><FRBRauthor href=\"#lexkit\"/></FRBRManifestation>"
        + "</identification>"
        + "<references source=\"#lexkit\"><TLCOrganization eId=\"people\" href=\"/ontology/organization/kz/people\""
        + " showAs=\"People of Kazakhstan\"/><TLCOrganization eId=\"lexkit\" href=\"/ontology/organization/lexkit\""
        + " showAs=\"Lexkit\"/><TLCRole eId=\"author\" href=\"/ontology/role/author\" showAs=\"Author\"/>"
        + "</references></meta>";
  }

  /** A complete act whose body is {@code body} (the inside of {@code <body>}). */
  public static String act(String body) {
    return actWith("1995-08-30", body, "");
  }

  /** A complete act with a work date, body and what follows the body (e.g. attachments). */
  public static String actWith(String date, String body, String afterBody) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"" + NS + "\">"
        + "<act name=\"constitution\">" + meta(date) + "<body>" + body + "</body>" + afterBody + "</act></akomaNtoso>";
  }

  /** An article with an eId and one paragraph of text. */
  public static String article(String eId, String text) {
    return "<article eId=\"" + eId + "\"><num>" + eId + "</num><content><p>" + text + "</p></content></article>";
  }

  /** An attachment holding a {@code <doc>} whose main body is {@code body}. */
  public static String attachment(String body) {
    return "<attachments><attachment><doc name=\"annex\">" + meta("1995-08-30").replace("/act/", "/doc/")
        + "<mainBody>" + body + "</mainBody></doc></attachment></attachments>";
  }
}
