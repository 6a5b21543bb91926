package io.tradewire.bot.telegram;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.bot.reply.Reply;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.util.List;

/** Reply buttons as Telegram's inline keyboard. */
final class Keyboards {
    private Keyboards() {
    }

    @Nullable
    static InlineKeyboardMarkup of(List<List<Reply.Button>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        return InlineKeyboardMarkup.builder().keyboard(rows.stream().map(row -> new InlineKeyboardRow(row.stream()
                .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build()).toList()))
                .toList()).build();
    }
}
