package nl.trede.systeem;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The pages of trede as its own request mappings name them: every GET that renders a view (returns a
 * view name or a ModelAndView, not a body). A page another developer adds later is in this set the
 * moment its controller exists, so a test that walks the set either covers it or fails naming it.
 */
final class Paginas {

    private Paginas() {
    }

    static SortedSet<String> patronen(RequestMappingHandlerMapping mappings) {
        SortedSet<String> patronen = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methoden = mapping.getKey().getMethodsCondition().getMethods();
            if ((methoden.isEmpty() || methoden.contains(RequestMethod.GET)) && geeftPagina(mapping.getValue())) {
                patronen.addAll(mapping.getKey().getPatternValues());
            }
        }
        return patronen;
    }

    private static boolean geeftPagina(HandlerMethod handler) {
        Class<?> soort = handler.getReturnType().getParameterType();
        return (soort == String.class || soort == ModelAndView.class)
                && !handler.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
    }
}
