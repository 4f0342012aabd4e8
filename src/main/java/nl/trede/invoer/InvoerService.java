package nl.trede.invoer;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports figures and answers which figures are current. */
@Service
public class InvoerService {

    private final PeriodecijfersRepository cijfers;

    InvoerService(PeriodecijfersRepository cijfers) {
        this.cijfers = cijfers;
    }

    /** The latest figures per gemeente for a period (earlier versions stay stored). */
    @Transactional(readOnly = true)
    public List<Periodecijfers> actueleCijfers(Periode periode) {
        return cijfers.actueel(periode);
    }

    @Transactional(readOnly = true)
    public Optional<Periodecijfers> cijfers(long id) {
        return cijfers.metId(id);
    }
}
