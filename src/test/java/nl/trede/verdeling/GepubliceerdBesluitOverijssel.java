package nl.trede.verdeling;

import nl.trede.gemeente.GemeenteService;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixture of tests that read the published Verdeelbesluit Overijssel 2024: taken over as the demo does, with
 * its receipt, in one transaction; once, as the loader leaves a besluit it finds.
 */
public final class GepubliceerdBesluitOverijssel {

    private GepubliceerdBesluitOverijssel() {
    }

    public static void laad(ApplicationContext context) {
        GepubliceerdBesluit besluit = new GepubliceerdBesluit(context.getBean(GemeenteService.class),
                context.getBean(VerdelingRepository.class), context, context.getBean(JsonMapper.class));
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(s -> besluit.run(null));
    }
}
