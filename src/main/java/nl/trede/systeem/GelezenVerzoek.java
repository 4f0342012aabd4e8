package nl.trede.systeem;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * A request whose body {@link Verzoekgrenzen} has already read: served from memory, and for a form
 * ({@code application/x-www-form-urlencoded}) also as parameters, after those of the query string, as the servlet
 * container would have given them (which it no longer can, the body being read).
 */
final class GelezenVerzoek extends HttpServletRequestWrapper {

    private final byte[] inhoud;
    private Map<String, String[]> parameters;

    GelezenVerzoek(HttpServletRequest verzoek, byte[] inhoud) {
        super(verzoek);
        this.inhoud = inhoud;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bron = new ByteArrayInputStream(inhoud);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bron.read();
            }

            @Override
            public int read(byte[] b, int van, int lengte) {
                return bron.read(b, van, lengte);
            }

            @Override
            public boolean isFinished() {
                return bron.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener luisteraar) {
                throw new IllegalStateException("De body is al gelezen; lees hem blokkerend");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(inhoud), tekenset()));
    }

    @Override
    public int getContentLength() {
        return inhoud.length;
    }

    @Override
    public long getContentLengthLong() {
        return inhoud.length;
    }

    @Override
    public String getParameter(String naam) {
        String[] waarden = getParameterMap().get(naam);
        return waarden == null ? null : waarden[0];
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String naam) {
        return getParameterMap().get(naam);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, String[]> alle = new LinkedHashMap<>(super.getParameterMap());
            if (isFormulier()) {
                for (String paar : new String(inhoud, StandardCharsets.ISO_8859_1).split("&")) {
                    if (paar.isEmpty()) {
                        continue;
                    }
                    int is = paar.indexOf('=');
                    String naam = URLDecoder.decode(is < 0 ? paar : paar.substring(0, is), tekenset());
                    String waarde = is < 0 ? "" : URLDecoder.decode(paar.substring(is + 1), tekenset());
                    alle.merge(naam, new String[] {waarde}, (oud, nieuw) -> {
                        String[] samen = java.util.Arrays.copyOf(oud, oud.length + 1);
                        samen[oud.length] = nieuw[0];
                        return samen;
                    });
                }
            }
            parameters = Collections.unmodifiableMap(alle);
        }
        return parameters;
    }

    private boolean isFormulier() {
        try {
            return getContentType() != null
                    && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(getContentType()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Charset tekenset() {
        String naam = getCharacterEncoding();
        try {
            return naam == null ? StandardCharsets.UTF_8 : Charset.forName(naam);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
